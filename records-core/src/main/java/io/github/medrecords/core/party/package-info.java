/**
 * The parties and places a request involves: practice identifiers, people's names, email
 * addresses, phone and fax numbers, postal addresses and US states. Every type that can hold a
 * patient's details redacts them from {@code toString()}.
 */
package io.github.medrecords.core.party;

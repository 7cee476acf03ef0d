package io.github.medrecords.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The BOM lists exactly the artifacts the build publishes, and the POMs carry what Maven Central asks for.
 */
class PublishedArtifactsTest {

    private static final Path ROOT = LawBookReferencesTest.ROOT;

    @Test
    void bomListsEveryPublishedArtifactAndNothingElse() throws Exception {
        Set<String> published = new TreeSet<>();
        collectPublished(ROOT, published);
        Set<String> inBom = new TreeSet<>();
        Document bom = parse(ROOT.resolve("records-bom/pom.xml"));
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            assertThat(text(dep, "groupId")).isEqualTo("io.github.medrecords");
            assertThat(text(dep, "version")).isEqualTo("${project.version}");
            assertThat(dep.getElementsByTagName("scope").getLength()).as("scope in the BOM").isZero();
            inBom.add(text(dep, "artifactId"));
        }

        assertThat(published).contains("records-core", "records-testkit", "records-memory");
        assertThat(inBom).isEqualTo(published);
    }

    @Test
    void publishedPomsCarryWhatMavenCentralAsksFor() throws Exception {
        for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("records-bom/pom.xml"))) {
            Element project = parse(pom).getDocumentElement();
            for (String required : List.of("name", "description", "url", "licenses", "developers", "scm",
                    "issueManagement")) {
                assertThat(child(project, required)).as("%s in %s", required, ROOT.relativize(pom)).isNotNull();
            }
            assertThat(Files.readString(pom)).as("signing profile in %s", ROOT.relativize(pom))
                    .contains("<id>release</id>", "maven-gpg-plugin");
        }
        Element parent = parse(ROOT.resolve("pom.xml")).getDocumentElement();
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("maven-source-plugin", "maven-javadoc-plugin",
                "<failOnWarnings>true</failOnWarnings>");
        assertThat(text(parent, "version")).isEqualTo(text(parse(ROOT.resolve("records-bom/pom.xml"))
                .getDocumentElement(), "version"));
    }

    /** A module is published unless it is the BOM itself, an aggregator, or sets maven.deploy.skip. */
    private static void collectPublished(Path dir, Set<String> into) throws Exception {
        Element project = parse(dir.resolve("pom.xml")).getDocumentElement();
        String packaging = child(project, "packaging") == null ? "jar" : text(project, "packaging");
        Element properties = child(project, "properties");
        boolean skipped = properties != null && child(properties, "maven.deploy.skip") != null
                && "true".equals(text(properties, "maven.deploy.skip"));
        boolean ours = child(project, "parent") != null && text(child(project, "parent"), "groupId")
                .equals("io.github.medrecords");
        if (ours && !skipped && packaging.equals("jar")) {
            into.add(text(project, "artifactId"));
        }
        Element modules = child(project, "modules");
        if (modules != null) {
            for (Element module : children(modules, "module")) {
                collectPublished(dir.resolve(module.getTextContent().strip()), into);
            }
        }
    }

    private static Document parse(Path pom) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }
}

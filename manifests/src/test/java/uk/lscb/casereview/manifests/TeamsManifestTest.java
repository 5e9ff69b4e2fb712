package uk.lscb.casereview.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Teams app manifest against Microsoft's published JSON schema for the manifest version it declares
 * (vendored under {@code teams/schema/v<version>/}, see its NOTICE.md), and the package {@code package.sh}
 * builds from it. Teams refuses a package whose manifest fails its schema.
 */
class TeamsManifestTest {
    private static final Path TEAMS = Path.of("teams");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP_ID = "00000000-0000-4000-8000-000000000000";
    private static final String HOST = "casereview.example.org";

    @Test
    void theManifestWithItsPlaceholdersFilledPassesMicrosoftsSchemaForItsVersion() throws IOException {
        JsonNode manifest = filled(Files.readString(TEAMS.resolve("manifest.json")));

        assertThat(problems(manifest)).isEmpty();
    }

    @Test
    void aDeveloperNameLongerThan32CharactersIsRefusedByTheSchema() throws IOException {
        ObjectNode manifest = (ObjectNode) filled(Files.readString(TEAMS.resolve("manifest.json")));
        ((ObjectNode) manifest.get("developer")).put("name", "Staffordshire and Stoke-on-Trent LSCBs");

        assertThat(problems(manifest)).anySatisfy(problem -> assertThat(problem).contains("developer.name")
                .contains("32"));
    }

    @Test
    void packageShAcceptsAHostWithHttpsAndWritesAZipWhoseManifestPassesTheSchema(@TempDir Path temp)
            throws Exception {
        Path copy = copyOfTeamsFolder(temp);
        Process run = packageSh(copy, temp, "https://" + HOST + "/");

        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        Map<String, byte[]> zip = entries(copy.resolve("build/case-review-teams.zip"));
        assertThat(zip).containsOnlyKeys("manifest.json", "color.png", "outline.png");
        JsonNode manifest = JSON.readTree(zip.get("manifest.json"));
        assertThat(problems(manifest)).isEmpty();
        assertThat(manifest.path("id").asText()).isEqualTo(APP_ID);
        assertThat(manifest.path("developer").path("privacyUrl").asText()).isEqualTo("https://" + HOST + "/privacy");
        assertThat(manifest.path("validDomains").get(0).asText()).isEqualTo(HOST);
    }

    @Test
    void packageShRefusesAHostWithAPathAndSaysWhatItWants(@TempDir Path temp) throws Exception {
        Path copy = copyOfTeamsFolder(temp);
        Process run = packageSh(copy, temp, "https://" + HOST + "/bot/api/messages");

        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor()).isNotZero();
        assertThat(output).contains("BOT_HOST").contains("host name").doesNotContain("sed:");
        assertThat(copy.resolve("build/case-review-teams.zip")).doesNotExist();
    }

    /**
     * Runs package.sh in a copy of the folder, with a {@code python3} first on the PATH that fails: the
     * package must not need Python when the icons are there.
     */
    private static Process packageSh(Path folder, Path temp, String host) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path python = bin.resolve("python3");
        Files.writeString(python, "#!/bin/sh\necho 'package.sh called python3' >&2\nexit 97\n");
        assertThat(python.toFile().setExecutable(true)).isTrue();
        ProcessBuilder builder = new ProcessBuilder("sh", folder.resolve("package.sh").toString())
                .redirectErrorStream(true);
        builder.environment().put("MICROSOFT_APP_ID", APP_ID);
        builder.environment().put("BOT_HOST", host);
        // The JDK running the build has jar, which package.sh can zip with where zip is not installed.
        builder.environment().put("PATH", bin + ":" + Path.of(System.getProperty("java.home"), "bin") + ":"
                + System.getenv("PATH"));
        return builder.start();
    }

    private static Path copyOfTeamsFolder(Path temp) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("teams"));
        for (String name : List.of("manifest.json", "package.sh", "color.png", "outline.png")) {
            Files.copy(TEAMS.resolve(name), copy.resolve(name));
        }
        return copy;
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static JsonNode filled(String manifest) throws IOException {
        return JSON.readTree(manifest.replace("{{MICROSOFT_APP_ID}}", APP_ID).replace("{{BOT_HOST}}", HOST));
    }

    /** The schema's complaints about a manifest, each naming the field, from the schema of its manifestVersion. */
    static List<String> problems(JsonNode manifest) throws IOException {
        String version = manifest.path("manifestVersion").asText();
        Path file = TEAMS.resolve("schema/v" + version + "/MicrosoftTeams.schema.json");
        assertThat(file).as("Microsoft's schema for manifest version " + version + " is vendored").exists();
        JsonNode schemaJson = JSON.readTree(file.toFile());
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(schemaJson)).getSchema(schemaJson);
        Set<ValidationMessage> messages = schema.validate(manifest);
        List<String> problems = new ArrayList<>();
        messages.forEach(message -> problems.add(message.getMessage()));
        return problems.stream().sorted().collect(Collectors.toList());
    }

    @Test
    void everyVendoredSchemaIsTheOneItsFolderNames() throws IOException {
        try (Stream<Path> files = Files.list(TEAMS.resolve("schema"))) {
            for (Path folder : files.filter(Files::isDirectory).toList()) {
                try (InputStream in = Files.newInputStream(folder.resolve("MicrosoftTeams.schema.json"))) {
                    JsonNode schema = JSON.readTree(in);
                    assertThat(schema.path("properties").path("manifestVersion").path("const").asText())
                            .isEqualTo(folder.getFileName().toString().substring(1));
                }
            }
        }
    }
}

package org.eurasiakg.draft;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.eurasiakg.ingest.InputException;
import org.eurasiakg.ingest.Sources;
import org.eurasiakg.vocab.EKG;

/**
 * {@code kg draft}: checks a new article's text, then writes {@code seeds/SLUG.txt} (byte for
 * byte), {@code seeds/SLUG.meta.ttl} and {@code seeds/SLUG.draft.ttl}. It never overwrites a
 * slug, and writes nothing when anything is wrong.
 */
public final class ArticleDraft {
    private ArticleDraft() {}

    /** A draft is for one article: a text over a mebibyte is not one. */
    public static final long MAX_BYTES = 1L << 20;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public record Metadata(String title, String author, String publisher, String url, String date) {}

    public record Written(List<Path> files, Draft draft) {}

    public static Written write(Path project, Path textFile, String slug, Metadata meta) {
        if (slug == null || !SLUG.matcher(slug).matches())
            throw new InputException(null, "--slug \"" + slug + "\": a slug is lower-case letters, digits and hyphens ([a-z0-9-]+)");
        Path seeds = project.resolve("seeds");
        if (!Files.isDirectory(seeds))
            throw new InputException(seeds, "folder not found (is --source the project folder?)");
        for (String suffix : List.of(".txt", Sources.META_SUFFIX, Sources.DRAFT_SUFFIX, Sources.STATEMENTS_SUFFIX))
            if (Files.exists(seeds.resolve(slug + suffix)))
                throw new InputException(seeds.resolve(slug + suffix), "exists: the slug \"" + slug + "\" is taken and is never overwritten");
        byte[] bytes = readChecked(textFile);
        String text = new String(bytes, StandardCharsets.UTF_8);
        checkDate(meta.date());
        checkUrl(meta.url());

        ProjectLexicon project0 = ProjectLexicon.load(project);
        Draft draft = new Drafter(project0.lexicon()).draft(slug, text);
        String draftTurtle = DraftTurtle.write(draft);
        String metaTurtle = metadata(slug, text, meta, project0);

        List<Path> written = new ArrayList<>();
        try {
            written.add(create(seeds.resolve(slug + ".txt"), bytes));
            written.add(create(seeds.resolve(slug + Sources.META_SUFFIX), metaTurtle.getBytes(StandardCharsets.UTF_8)));
            written.add(create(seeds.resolve(slug + Sources.DRAFT_SUFFIX), draftTurtle.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            for (Path p : written)
                try { Files.deleteIfExists(p); } catch (IOException ignored) { /* best effort: the first error is the one to report */ }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new Written(written, draft);
    }

    /** The text's bytes, if they are a non-empty UTF-8 text of at most {@link #MAX_BYTES}. */
    static byte[] readChecked(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file))
                throw new InputException(file, "is a folder, not a text file");
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new InputException(file, String.format(Locale.ROOT, "the text is %,d bytes, more than the limit of %,d (1 MiB): is it really one article?", size, MAX_BYTES));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "file not found");
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage());
        }
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n') line++;
            if (b == 0 || (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f'))
                throw new InputException(file, line, -1, String.format(Locale.ROOT, "binary data, not text (control byte 0x%02x at byte %d)", b, i));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
        } catch (CharacterCodingException e) {
            int at = in.position();
            int l = 1;
            for (int i = 0; i < at && i < bytes.length; i++) if (bytes[i] == '\n') l++;
            throw new InputException(file, l, -1, "not valid UTF-8 (malformed byte sequence at byte " + at + "): save the text as UTF-8");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank())
            throw new InputException(file, "the text is empty");
        return bytes;
    }

    private static void checkDate(String date) {
        if (date != null && !(DATE.matcher(date).matches() && dateType(date).isValid(date)))
            throw new InputException(null, "--date \"" + date + "\": write it as YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /** A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD. */
    private static XSDDatatype dateType(String date) {
        return switch (date.length()) { case 4 -> XSDDatatype.XSDgYear; case 7 -> XSDDatatype.XSDgYearMonth; default -> XSDDatatype.XSDdate; };
    }

    private static void checkUrl(String url) {
        if (url == null) return;
        try {
            if (!new URI(url).isAbsolute()) throw new URISyntaxException(url, "not absolute");
        } catch (URISyntaxException e) {
            throw new InputException(null, "--url \"" + url + "\": not an absolute URL");
        }
    }

    private static Path create(Path p, byte[] content) throws IOException {
        return Files.write(p, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** The article's metadata; an author or publisher the entity list does not know gets a proposed IRI to add there. */
    private static String metadata(String slug, String text, Metadata meta, ProjectLexicon project) {
        var g = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI(EKG.ARTICLE + slug);
        String title = meta.title() != null ? meta.title() : text.strip().lines().findFirst().orElse(slug).strip();
        g.add(article, RDF.type.asNode(), EKG.Article);
        g.add(article, RDFS.label.asNode(), NodeFactory.createLiteralLang(title, "en"));
        g.add(article, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        if (meta.author() != null) g.add(article, DCTerms.creator.asNode(), actor(meta.author(), project));
        if (meta.publisher() != null) g.add(article, DCTerms.publisher.asNode(), actor(meta.publisher(), project));
        if (meta.url() != null) g.add(article, DCTerms.source.asNode(), NodeFactory.createURI(meta.url()));
        if (meta.date() != null)
            g.add(article, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(meta.date(), dateType(meta.date())));
        g.add(article, DCTerms.language.asNode(), NodeFactory.createLiteralString("en"));
        g.add(article, EKG.textFile, NodeFactory.createLiteralString(slug + ".txt"));
        PrefixMapping pm = PrefixMapping.Factory.create()
                .setNsPrefix("ekg", EKG.NS).setNsPrefix("ekr", EKG.ID).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("rdfs", RDFS.uri).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        g.getPrefixMapping().setNsPrefixes(pm);
        StringWriter out = new StringWriter();
        out.write("# Metadata of the article in " + slug + ".txt (the text is kept byte for byte), written by kg draft.\n"
                + "# Check it: a saved web page may need ekg:bylineText and ekg:pageChromeStartsWith (see README).\n");
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString();
    }

    private static Node actor(String name, ProjectLexicon project) {
        for (Triple t : project.entities().find(null, RDFS.label.asNode(), null).toList())
            if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equalsIgnoreCase(name.strip()))
                return t.getSubject();
        String slug = NameCandidates.slug(name);
        if (slug.isEmpty())
            throw new InputException(null, "\"" + name + "\": give the author's or publisher's name in Latin letters (it makes the entity's IRI)");
        return NodeFactory.createURI(EKG.ID + slug);
    }
}

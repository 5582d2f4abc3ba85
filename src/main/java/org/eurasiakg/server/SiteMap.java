package org.eurasiakg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.eurasiakg.query.SparqlResource;
import org.eurasiakg.server.pages.PageCache;
import org.eurasiakg.store.StoreGeneration;
import org.eurasiakg.vocab.EKG;

/**
 * {@code /sitemap.xml}: the page of every article, statement and named entity ({@code sitemap.rq}),
 * each dated by the build it comes from. The sitemap protocol allows 50,000 URLs a file: beyond
 * that, {@code /sitemap.xml} is an index of parts {@code /sitemap.xml?part=N}.
 */
final class SiteMap extends HttpServlet {
    static final String PATH = "/sitemap.xml";
    static final int PER_FILE = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Query PAGES = SparqlResource.query(SiteMap.class, "sitemap.rq");

    private final transient DatasetGraph dsg;
    private final String publicBase;
    /** Each part as written for a site address, for the build being served (a crawler asks often, the store seldom changes). */
    private final transient PageCache<byte[]> files = new PageCache<>(16);

    SiteMap(DatasetGraph dsg, String publicBase) {
        this.dsg = dsg;
        this.publicBase = publicBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = SiteBase.of(request, publicBase);
        String lastmod = StoreGeneration.of(dsg).modified().toString();
        String partParam = request.getParameter("part");
        int part;
        try {
            part = partParam == null ? -1 : Integer.parseInt(partParam);
        } catch (NumberFormatException e) {
            part = -2;
        }
        if (part < -1) {
            RequestGuard.refuse(response, HttpServletResponse.SC_NOT_FOUND, "404 Not Found: no such part of the sitemap");
            return;
        }
        int wanted = part;
        byte[] body = files.get(dsg, base + " " + wanted, () -> Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream made = new ByteArrayOutputStream();
            write(made, base, lastmod, wanted);
            return made.toByteArray();
        }));
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/xml; charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    private void write(OutputStream out, String base, String lastmod, int part) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(PAGES).build()) {
            RowSet rows = exec.select();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            if (part < 0) {
                long n = 0;
                List<String> first = new ArrayList<>();
                while (rows.hasNext()) {
                    String iri = rows.next().get("thing").getURI();
                    if (n++ < PER_FILE)
                        first.add(iri);
                }
                if (n <= PER_FILE) {
                    startUrlset(xml);
                    for (String iri : first)
                        url(xml, base, iri, lastmod);
                } else {
                    xml.writeStartElement("sitemapindex");
                    xml.writeDefaultNamespace(NS);
                    for (long i = 0; i * PER_FILE < n; i++) {
                        xml.writeStartElement("sitemap");
                        element(xml, "loc", base + PATH.substring(1) + "?part=" + i);
                        element(xml, "lastmod", lastmod);
                        xml.writeEndElement();
                    }
                }
            } else {
                startUrlset(xml);
                long skip = (long) part * PER_FILE;
                for (long i = 0; rows.hasNext() && i < skip + PER_FILE; i++) {
                    String iri = rows.next().get("thing").getURI();
                    if (i >= skip)
                        url(xml, base, iri, lastmod);
                }
            }
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap: " + e.getMessage(), e);
        }
    }

    private static void startUrlset(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
    }

    /** The page of {@code iri} on this server: {@code /page/} + its path under the dataset's base. */
    private static void url(XMLStreamWriter xml, String base, String iri, String lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", base + "page/" + iri.substring(EKG.BASE.length()));
        element(xml, "lastmod", lastmod);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}

package org.eurasiakg.query;

/** How {@code kg query} prints results: a text table or a standard SPARQL results format. */
public enum ResultFormat { table, csv, tsv, json }

/**
 * Ingest: input files to {@link org.govkg.ingest.SourceDocument}s.
 * <p>{@link org.govkg.ingest.InputScanner} expands input paths to report files;
 * {@link org.govkg.ingest.Ingestor} reads one regular file up to a size limit: charset detection (UTF-8,
 * UTF-16 and UTF-32 with or without BOM, GB18030, Big5), HTML to text, repair of GBK text read out of
 * step, removal of leftover markup (unknown elements too) and of page chrome (rules in
 * {@code chrome-patterns.txt}), width and line-end normalisation (invisible characters dropped), and
 * traditional to simplified conversion. Every step is an edit of a {@code MappedText}, so the normalised
 * text keeps an exact {@link org.govkg.ingest.OffsetMap} back to the decoded original. Nothing here holds
 * state between files; files are read in parallel.
 * <p>PDF, DOCX/ODT, DOC/WPS and RTF files are first read into text as a reader sees it
 * ({@link org.govkg.ingest.PdfReader} and its layout, {@link org.govkg.ingest.OfficeXmlReader},
 * {@link org.govkg.ingest.WordBinaryReader}, {@link org.govkg.ingest.RtfReader}); that extracted text is
 * their original, {@link org.govkg.ingest.Pages} says where its pages begin, and a file that cannot be
 * read is one {@link org.govkg.ingest.IngestException} whose reason says what the user can do.
 */
package org.govkg.ingest;

/**
 * Orchestration: {@link org.govkg.pipeline.Build} runs input files through ingest, text structure, NLP,
 * extraction, linking and resolution ({@link org.govkg.pipeline.DocumentProcessor}, wired once by
 * {@link org.govkg.pipeline.Pipeline}) on worker threads and hands each resolved document, in input
 * order, to a {@link org.govkg.pipeline.DocumentSink} ({@link org.govkg.pipeline.GraphSink} writes TDB2 and
 * the dumps).
 * <p>Requires: a {@link org.govkg.pipeline.BuildConfig}. Produces: a {@link org.govkg.pipeline.BuildReport}
 * and, while it runs, events to a {@link org.govkg.pipeline.BuildListener}; it prints nothing itself. A
 * document that fails becomes a {@link org.govkg.pipeline.Problem} naming the exception and where it
 * arose; the other documents still build.
 */
package org.govkg.pipeline;

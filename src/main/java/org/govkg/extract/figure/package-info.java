/**
 * The controlled list of indicators and units the figure extractor reads ({@code indicators/*.tsv}):
 * which words name an indicator (地区生产总值 → gdp) and how units are normalised.
 */
package org.govkg.extract.figure;

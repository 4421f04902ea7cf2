/**
 * Embedded Fuseki: a build served read-only on 127.0.0.1 with the Fuseki web UI.
 */
package org.govkg.serve;

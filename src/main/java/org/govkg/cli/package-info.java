/**
 * The command line: one {@link org.govkg.cli.Command} per subcommand, each a thin class that turns its
 * options into a config record and calls one operation. The only package that parses arguments, prints
 * to stdout/stderr and chooses exit codes (0 success, 1 something failed or was skipped, 2 usage).
 * <p>Requires: the operations of {@code pipeline}, {@code store}, {@code serve}, {@code export} and
 * {@code evaluate}. Produces: what the user sees — a build's progress and one line per problem
 * ({@code build#ID path: reason}, the stack trace only with {@code -v}).
 */
package org.govkg.cli;

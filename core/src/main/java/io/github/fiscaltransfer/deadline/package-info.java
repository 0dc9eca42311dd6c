/**
 * Dates and the deadlines the law sets (下达时限, 公开时限): when each level must pass transfer funds down and when a
 * department must disclose its budget, as one table of {@link io.github.fiscaltransfer.deadline.Deadline}s with
 * their legal basis, and the dates documents print or a user supplies, each with where it came from.
 *
 * <p>Below {@code policy}, which carries the table and the supplied dates; the chain and budget validators check
 * them as {@link io.github.fiscaltransfer.deadline.DeadlineRule}s. This package knows no notice or budget type.
 */
package io.github.fiscaltransfer.deadline;

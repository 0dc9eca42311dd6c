package io.github.fiscaltransfer.budget;

import io.github.fiscaltransfer.deadline.DateEvent;
import io.github.fiscaltransfer.deadline.Deadline;
import io.github.fiscaltransfer.deadline.DeadlineRule;
import io.github.fiscaltransfer.deadline.KnownDate;
import io.github.fiscaltransfer.deadline.TransferKind;
import io.github.fiscaltransfer.policy.ValidationPolicy;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.validation.Arguments;
import io.github.fiscaltransfer.validation.Finding;
import io.github.fiscaltransfer.validation.JsonPointer;
import java.util.List;
import java.util.Optional;

/** {@code deadline.disclosure}: a budget disclosed within its deadline after its 批复, when both dates are supplied. */
final class DisclosureCheck {

  private DisclosureCheck() {}

  /** Returns the finding, if the policy supplies both dates and the disclosure is late. */
  static List<Finding> check(DepartmentBudget budget, ValidationPolicy policy) {
    Optional<KnownDate> reply = policy.suppliedDates().budgetDate(DateEvent.BUDGET_REPLY, budget.reference());
    Optional<KnownDate> disclosed = policy.suppliedDates().budgetDate(DateEvent.DISCLOSURE, budget.reference());
    // A department's level is not modelled: the deadline for every level applies unless the user's table has one.
    Optional<Deadline> deadline = policy.deadlines().find(AdministrativeLevel.COUNTY, TransferKind.ANY,
        DateEvent.BUDGET_REPLY, DateEvent.DISCLOSURE);
    if (reply.isEmpty() || disclosed.isEmpty() || deadline.isEmpty()
        || deadline.get().isMet(reply.get().date(), disclosed.get().date())) {
      return List.of();
    }
    return List.of(DeadlineRule.DISCLOSURE.finding(JsonPointer.root(), "by " + deadline.get().lastDay(
        reply.get().date()) + " (" + deadline.get().days() + " days, " + deadline.get().basis() + ")",
        disclosed.get().date(), Arguments.of("budget", budget.reference()).and("days",
            Deadline.daysAfter(reply.get().date(), disclosed.get().date())).and("reply", reply.get())
            .and("disclosed", disclosed.get()).and("basis", deadline.get().basis())
            .and("allowed", deadline.get().days())));
  }
}

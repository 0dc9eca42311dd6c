package io.github.fiscaltransfer.reader.text;

import io.github.fiscaltransfer.money.PrintedAmount;
import io.github.fiscaltransfer.statement.AmountStatement;
import io.github.fiscaltransfer.statement.Comparison;
import io.github.fiscaltransfer.statement.Direction;
import io.github.fiscaltransfer.statement.Percent;
import io.github.fiscaltransfer.statement.Share;
import io.github.fiscaltransfer.statement.Source;
import io.github.fiscaltransfer.statement.Topic;
import java.util.Optional;

/** A figure statement while its sentence is read: the comparison and share words that follow attach to it. */
final class StatementDraft {

  final Topic topic;
  final PrintedAmount figure;
  final Source source;
  private Direction direction;
  private PrintedAmount amount;
  private Direction percentDirection;
  private Percent percent;
  private Share share;

  StatementDraft(Topic topic, PrintedAmount figure, Source source) {
    this.topic = topic;
    this.figure = figure;
    this.source = source;
  }

  /** Takes the change's sign word and amount; false if the statement has one already. */
  boolean change(Direction word, PrintedAmount changed) {
    if (direction != null) {
      return false;
    }
    direction = word;
    amount = changed;
    return true;
  }

  /** Takes the percentage of change; false if the statement has one already. */
  boolean percent(Direction word, Percent printed) {
    if (percent != null) {
      return false;
    }
    if (direction == null) {
      direction = word;
    }
    percentDirection = word;
    percent = printed;
    return true;
  }

  /** Takes the share of a whole; false if the statement has one already. */
  boolean share(Share printed) {
    if (share != null) {
      return false;
    }
    share = printed;
    return true;
  }

  AmountStatement build() {
    AmountStatement.Builder statement = AmountStatement.builder().topic(topic).figure(figure).source(source);
    if (direction != null) {
      statement.comparison(Comparison.builder().direction(direction).amount(Optional.ofNullable(amount))
          .percentDirection(Optional.ofNullable(percentDirection)).percent(Optional.ofNullable(percent)).build());
    }
    return statement.share(Optional.ofNullable(share)).build();
  }
}

package io.github.fiscaltransfer.hierarchy;

import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.FiscalUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A generated national fund flow: N grants, each allocated by the centre down a {@link NationalUnits} tree, one
 * {@link TransferNotice} per issuing unit per grant (3,209 a grant: centre, provinces, prefectures, counties).
 *
 * <p>Every table is in 元 at fen precision and adds up exactly; every notice cites its parent's number and
 * carries its grant's project code, fund labels (直达资金, and 三保 on every other grant) and a subject of the 2023
 * catalog (the 款 at the centre and provinces, an 项 under it below), so the notices validate clean and the chains
 * link. A grant has 45,016 lines (41,808 to units and 3,208 retained shares 省级留用/市本级/县本级): 25 grants
 * give 1,125,400. The same seed and count give equal notices. Immutable and thread-safe.
 *
 * <p>For benchmarks and for properties that need a realistic large flow, e.g.
 * {@code FundFlow.of(NationalTree.generate(1, 25).notices()).validate()}.
 */
public final class NationalTree {

  private final NationalUnits units;
  private final List<List<TransferNotice>> grants;

  private NationalTree(NationalUnits units, List<List<TransferNotice>> grants) {
    this.units = units;
    this.grants = grants;
  }

  /**
   * Generates the units of a seed and the notices of a number of grants over them.
   *
   * @param seed the seed; the same seed and count give equal notices
   * @param grants the number of grants, one or more
   * @return the tree, not null
   * @throws IllegalArgumentException if the number of grants is less than one
   */
  public static NationalTree generate(long seed, int grants) {
    if (grants < 1) {
      throw new IllegalArgumentException("A national tree needs at least one grant: " + grants);
    }
    NationalUnits units = NationalUnits.generate(seed);
    List<List<TransferNotice>> notices = new ArrayList<>();
    for (int g = 0; g < grants; g++) {
      notices.add(GrantNotices.generate(units, g, new Random(seed * 1_000 + g)));
    }
    return new NationalTree(units, List.copyOf(notices));
  }

  /**
   * Returns the units the grants flow through.
   *
   * @return the units, not null
   */
  public NationalUnits units() {
    return units;
  }

  /**
   * Returns the number of grants.
   *
   * @return the number, one or more
   */
  public int grants() {
    return grants.size();
  }

  /**
   * Returns one grant's notices, the centre's first, each unit's before those of the units below it.
   *
   * @param grant the grant's index, from 0
   * @return the notices, not null, unmodifiable
   * @throws IndexOutOfBoundsException if there is no such grant
   */
  public List<TransferNotice> notices(int grant) {
    return grants.get(grant);
  }

  /**
   * Returns every notice, grant by grant.
   *
   * @return the notices, not null, unmodifiable
   */
  public List<TransferNotice> notices() {
    return grants.stream().flatMap(List::stream).toList();
  }

  /**
   * Returns the notices one province's units issue for one grant: the province's own and those below it.
   *
   * @param grant the grant's index, from 0
   * @param province the province, not null
   * @return the notices, in order, not null
   */
  public List<TransferNotice> notices(int grant, FiscalUnit province) {
    Objects.requireNonNull(province, "province");
    return notices(grant).stream()
        .filter(notice -> notice.issuer().equals(province) || notice.issuer().ancestors().contains(province))
        .toList();
  }

  /**
   * Returns the number of table lines over all notices.
   *
   * @return the count
   */
  public long lineCount() {
    return grants.stream().flatMap(List::stream).flatMap(notice -> notice.allocations().stream())
        .flatMap(allocation -> allocation.table().stream()).mapToLong(table -> table.lines().size()).sum();
  }

  /** Returns {@code NationalTree[25 grants, 80225 notices, 1125400 lines]}. */
  @Override
  public String toString() {
    return "NationalTree[" + grants() + " grants, " + grants.stream().mapToInt(List::size).sum() + " notices, "
        + lineCount() + " lines]";
  }
}

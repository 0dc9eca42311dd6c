package io.github.fiscaltransfer.benchmarks;

import io.github.fiscaltransfer.hierarchy.FundFlow;
import io.github.fiscaltransfer.hierarchy.NationalTree;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The generated national tree of {@code grants} grants (25 ≈ 1.1 million lines), built once per fork. */
@State(Scope.Benchmark)
public class NationalState {

  /** The seed every benchmark uses, so runs compare the same notices. */
  public static final long SEED = 20_231_001L;

  /** How many grants flow down the tree. */
  @Param("25")
  public int grants;

  NationalTree tree;
  List<TransferNotice> notices;
  FundFlow flow;

  /** Generates the notices and links them into a flow. */
  @Setup(Level.Trial)
  public void generate() {
    tree = NationalTree.generate(SEED, grants);
    notices = tree.notices();
    flow = FundFlow.of(notices);
  }
}

package io.github.fiscaltransfer.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.fiscaltransfer.hierarchy.NationalTree;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.jackson.FiscalTransferModule;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.unit.AdministrativeLevel;
import io.github.fiscaltransfer.unit.FiscalUnit;
import io.github.fiscaltransfer.unit.UnitRegistry;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4: reading and writing one province's notices of one grant (省44: its own, its prefectures' and
 * counties') as a JSON array, with {@link FiscalTransferMappers}' hardened mapper, against a plain
 * {@code ObjectMapper} binding the same JSON to {@link NoticePojos}.
 *
 * <p>The mapper's registry holds the province's units with division codes; townships have none, so they are read
 * back as unknown recipients (a registry lookup by name, as for any unit a registry does not know).
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark extends NationalTreeBenchmark {

  /** The province's notices, their JSON, and both mappers. */
  @State(Scope.Benchmark)
  public static class Province {
    List<TransferNotice> notices;
    List<NoticePojos.Notice> pojos;
    byte[] json;
    ObjectReader libraryReader;
    ObjectWriter libraryWriter;
    ObjectReader pojoReader;
    ObjectWriter pojoWriter;

    /**
     * Generates one grant, writes the province's notices and reads them back as POJOs.
     *
     * @throws IOException never: the JSON is in memory
     */
    @Setup(Level.Trial)
    public void write() throws IOException {
      NationalTree tree = NationalTree.generate(NationalState.SEED, 1);
      FiscalUnit province = tree.units().units(AdministrativeLevel.PROVINCE).stream()
          .filter(unit -> unit.name().equals("省44")).findFirst().orElseThrow();
      notices = tree.notices(0, province);
      ObjectMapper library = FiscalTransferMappers.builder(FiscalTransferModule.withUnits(registry(tree, province)))
          .build();
      libraryReader = library.readerFor(new TypeReference<List<TransferNotice>>() {});
      libraryWriter = library.writerFor(new TypeReference<List<TransferNotice>>() {});
      json = libraryWriter.writeValueAsBytes(notices);
      ObjectMapper plain = new ObjectMapper();
      pojoReader = plain.readerFor(new TypeReference<List<NoticePojos.Notice>>() {});
      pojoWriter = plain.writerFor(new TypeReference<List<NoticePojos.Notice>>() {});
      pojos = pojoReader.readValue(json);
    }

    /** The province and every unit with a code below it, as a registry. */
    private static UnitRegistry registry(NationalTree tree, FiscalUnit province) {
      StringBuilder csv = new StringBuilder("code,name,aliases\n");
      List.of(AdministrativeLevel.PROVINCE, AdministrativeLevel.PREFECTURE, AdministrativeLevel.COUNTY).stream()
          .flatMap(level -> tree.units().units(level).stream())
          .filter(unit -> unit.equals(province) || unit.ancestors().contains(province))
          .forEach(unit -> csv.append(unit.code().orElseThrow()).append(',').append(unit.name()).append(",\n"));
      return UnitRegistry.read(new StringReader(csv.toString()));
    }
  }

  /**
   * Reads the notices with the library: every unit resolved, every construction rule checked.
   *
   * @param province the state
   * @return the notices
   * @throws IOException never
   */
  @Benchmark
  public List<TransferNotice> libraryRead(Province province) throws IOException {
    return province.libraryReader.readValue(province.json);
  }

  /**
   * Baseline: binds the same JSON to plain records.
   *
   * @param province the state
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public List<NoticePojos.Notice> pojoRead(Province province) throws IOException {
    return province.pojoReader.readValue(province.json);
  }

  /**
   * Writes the notices with the library.
   *
   * @param province the state
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] libraryWrite(Province province) throws IOException {
    return province.libraryWriter.writeValueAsBytes(province.notices);
  }

  /**
   * Baseline: writes the plain records.
   *
   * @param province the state
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] pojoWrite(Province province) throws IOException {
    return province.pojoWriter.writeValueAsBytes(province.pojos);
  }
}

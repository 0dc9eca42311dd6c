package io.github.fiscaltransfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.fiscaltransfer.jackson.FiscalTransferMappers;
import io.github.fiscaltransfer.notice.TransferNotice;
import io.github.fiscaltransfer.reader.ReadResult;
import io.github.fiscaltransfer.reader.text.NoticeTextReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the text reader reads of a real notice, with every field it fills, the JSON reader reads back equal. */
class RealNoticesJsonTest {

  private static final Path RESOURCES = Path.of("..", "reader", "src", "test", "resources");
  private static final JsonMapper MAPPER = FiscalTransferMappers.newMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"real/notices/guangdong-2020-sports-61.txt", "real/notices/hunan-2017-supply-chain-176.txt",
      "real/notices/changsha-2018-afforestation-10.txt", "real/notices/hunan-2017-forest-roads-7.txt",
      "real/notices/yongjia-2021-rural-471.txt"})
  void readsBackEqual(String file) throws Exception {
    ReadResult<TransferNotice> read = NoticeTextReader.builtIn()
        .read(Files.readString(RESOURCES.resolve(file), StandardCharsets.UTF_8));
    TransferNotice notice = read.document().orElseThrow();
    assertEquals(notice, MAPPER.readValue(MAPPER.writeValueAsString(notice), TransferNotice.class));
  }
}

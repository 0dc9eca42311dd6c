package io.github.fiscaltransfer.cli;

import io.github.fiscaltransfer.document.NoticeDocument;
import io.github.fiscaltransfer.notice.TransferNotice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a command was given, each read into a document or found unreadable: files in the order given, the
 * files of a folder (and its subfolders) that a reader reads in name order.
 */
final class DocumentSet {

  /** Folders with more files than this print a progress line on standard error. */
  static final int PROGRESS_THRESHOLD = 300;
  /** A progress line every this many files. */
  static final int PROGRESS_STEP = 100;

  /**
   * One file: its document, or why it could not be read.
   *
   * @param file the file as given or found, not null
   * @param document the document, if read
   * @param problem why it could not be read, if not
   */
  record Entry(Path file, Optional<ReadDocument> document, Optional<String> problem) {

    /** The document's reference: its 发文字号, or the 绩效自评's or budget's key; the file name if unread. */
    String key() {
      return document.map(ReadDocument::key).orElse(file.toString());
    }
  }

  private final List<Entry> entries;

  private DocumentSet(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads every file given or found in a folder given.
   *
   * @param inputs files and folders, not null
   * @param readers the readers, first match wins, not null
   * @param err where progress lines go, not null
   * @param text the words of progress lines and of why a file could not be read, not null
   * @return the set, not null
   */
  static DocumentSet read(List<Path> inputs, DocumentReader[] readers, PrintWriter err, CliText text) {
    List<Path> files = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        files.addAll(listFolder(input, readers, entries, text));
      } else {
        files.add(input);
      }
    }
    for (int i = 0; i < files.size(); i++) {
      entries.add(read(files.get(i), readers, text));
      if (files.size() > PROGRESS_THRESHOLD && ((i + 1) % PROGRESS_STEP == 0 || i + 1 == files.size())) {
        err.println(text.text("unreadable.progress", Integer.toString(i + 1), Integer.toString(files.size())));
      }
    }
    return new DocumentSet(entries);
  }

  private static List<Path> listFolder(Path folder, DocumentReader[] readers, List<Entry> entries, CliText text) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(file -> reader(file, readers).isPresent()).sorted().toList();
    } catch (IOException | RuntimeException e) {
      entries.add(new Entry(folder, Optional.empty(), Optional.of(text.text("unreadable.folder",
          String.valueOf(e.getMessage())))));
      return List.of();
    }
  }

  private static Entry read(Path file, DocumentReader[] readers, CliText text) {
    Optional<DocumentReader> reader = reader(file, readers);
    if (reader.isEmpty()) {
      return unreadable(file, text, text.text("unreadable.kind"));
    }
    try {
      return new Entry(file, Optional.of(reader.get().read(file)), Optional.empty());
    } catch (UnreadableDocumentException e) {
      return new Entry(file, Optional.empty(), Optional.of(e.describe(text)));
    } catch (NoSuchFileException e) {
      return unreadable(file, text, text.text("unreadable.no-file"));
    } catch (IOException e) {
      return unreadable(file, text, text.text("unreadable.io", String.valueOf(e.getMessage())));
    }
  }

  private static Entry unreadable(Path file, CliText text, String why) {
    return new Entry(file, Optional.empty(), Optional.of(text.text("unreadable.file", file, why)));
  }

  private static Optional<DocumentReader> reader(Path file, DocumentReader[] readers) {
    return Arrays.stream(readers).filter(reader -> reader.reads(file)).findFirst();
  }

  /**
   * Where a document lives: its file and the JSON Pointer of the notice or self-evaluation in it.
   *
   * @param file the file, not null
   * @param root such as {@code /notice} or {@code /notice/confirmed/2}, not null
   */
  record Place(String file, String root) {}

  /** The place of every document read and of every notice they confirm, by reference. */
  Map<String, Place> places() {
    Map<String, Place> places = new HashMap<>();
    for (Entry entry : entries) {
      entry.document().flatMap(ReadDocument::flowDocument).ifPresent(document -> {
        String file = entry.file().toString();
        String root = document.notice().isPresent() ? "/notice" : "/selfEvaluation";
        places.putIfAbsent(entry.key(), new Place(file, root));
        document.notice().ifPresent(notice -> addConfirmed(notice, file, "/notice", places));
      });
    }
    return places;
  }

  private static void addConfirmed(TransferNotice notice, String file, String root, Map<String, Place> places) {
    for (int i = 0; i < notice.confirmed().size(); i++) {
      TransferNotice confirmed = notice.confirmed().get(i);
      String at = root + "/confirmed/" + i;
      places.putIfAbsent(confirmed.reference(), new Place(file, at));
      addConfirmed(confirmed, file, at, places);
    }
  }

  /** Every file, in order. */
  List<Entry> entries() {
    return entries;
  }

  /** The notices and self-evaluations read, in order: the documents of a fund flow. */
  List<NoticeDocument> documents() {
    return entries.stream().flatMap(entry -> entry.document().flatMap(ReadDocument::flowDocument).stream()).toList();
  }

  /** The entries of documents read that are not part of a fund flow (allocation tables, budgets), in order. */
  List<Entry> outsideFlow() {
    return entries.stream().filter(entry -> entry.document().isPresent()
        && entry.document().get().flowDocument().isEmpty()).toList();
  }

  /** Whether some file could not be read. */
  boolean hasUnreadable() {
    return entries.stream().anyMatch(entry -> entry.problem().isPresent());
  }
}

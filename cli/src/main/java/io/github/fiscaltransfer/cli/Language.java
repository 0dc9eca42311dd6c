package io.github.fiscaltransfer.cli;

import java.util.Locale;

/** The language the command speaks (语言): its lines, the findings' messages and the HTML report. */
enum Language {
  /** English, the fallback. */
  EN(Locale.ENGLISH),
  /** Simplified Chinese (简体中文). */
  ZH(Locale.SIMPLIFIED_CHINESE);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** The locale the bundles are asked in. */
  Locale locale() {
    return locale;
  }

  /** The other language: the one a finding's message shows on hover in the HTML report. */
  Language other() {
    return this == ZH ? EN : ZH;
  }

  /** The language of a locale: Chinese for any {@code zh} locale, else English. */
  static Language of(Locale locale) {
    return locale.getLanguage().equals(ZH.locale.getLanguage()) ? ZH : EN;
  }

  /** Returns {@code zh} or {@code en}, as {@code --lang} takes it. */
  @Override
  public String toString() {
    return locale.getLanguage();
  }
}

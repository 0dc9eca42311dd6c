/**
 * Allocation tables (附件1) as CSV, laid out as bureaus print them: an optional title line, a 单位 line, a
 * 序号/地区/金额/备注 header, one row per recipient and a 合计 row, read and written with jackson-dataformat-csv.
 */
package io.github.fiscaltransfer.jackson.csv;

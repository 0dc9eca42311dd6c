/**
 * Reading allocation tables (分配表) from spreadsheets (.xlsx and .xls) with Apache POI: the header row, the unit
 * in a title cell (单位：万元), merged header cells, the 合计 row, exact decimals as the cells display them, formula
 * cells by their cached values, and deliberate limits on what a hostile file can cost
 * ({@link io.github.fiscaltransfer.reader.sheet.HostileFileLimits}).
 */
package io.github.fiscaltransfer.reader.sheet;

/**
 * Budget subject codes (政府收支分类科目): where money is booked, as revenue (收入分类), expenditure by function
 * (支出功能分类) or by economic nature (支出经济分类).
 *
 * <p>A code's digits encode its place in a tree: 类 (3 digits), 款 (5) and 项 (7), so {@code 2101502} lies under
 * {@code 21015} and {@code 210}. A {@link io.github.fiscaltransfer.subject.SubjectCatalog} holds one fiscal
 * year's official names, and a crosswalk maps codes from one year's catalog to the next.
 */
package io.github.fiscaltransfer.subject;

/**
 * Transfer notices (资金下达通知): the documents a finance bureau issues to allocate a grant (转移支付项目) to the
 * level below, with their document numbers (发文字号), fund labels, allocation tables and declared totals.
 *
 * <p>A {@link io.github.fiscaltransfer.notice.NoticeValidator} checks a notice against every rule of
 * {@link io.github.fiscaltransfer.notice.NoticeRule} and reports all findings together.
 */
@ValueStyle
package io.github.fiscaltransfer.notice;

import io.github.fiscaltransfer.internal.ValueStyle;

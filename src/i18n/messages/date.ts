import { defineMessages } from '../define.js';

export const dateMessages = defineMessages({
  'date.future': [
    '{path} is {date}, later than today ({today})',
    '{path} 为 {date}，晚于今天（{today}）',
  ],
  'date.future.hint': [
    "A registration is dated the day it is submitted; use today's date.",
    '报备日期应为提交当天，请填写今天的日期。',
  ],
  'date.order': [
    '{path} ({date}) is before {other} ({otherDate})',
    '{path}（{date}）早于 {other}（{otherDate}）',
  ],
  'date.order.hint': [
    'Correct one of the two dates; {path} cannot come before {other}.',
    '请改正其中一个日期；{path} 不能早于 {other}。',
  ],
  'date.close-passed': [
    'The expected close {date} has passed and no outcome is recorded',
    '预计成交日期 {date} 已过，但尚未记录结果',
  ],
  'date.close-passed.hint': [
    'Record the outcome (won, lost or withdrawn) or move expected_close to a new date.',
    '请记录结果（won、lost 或 withdrawn），或更新 expected_close。',
  ],
});

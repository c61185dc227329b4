let code = 0;

/** Commands set the exit code here rather than exiting, so that output is flushed first. */
export function setExitCode(value: number): void {
  code = value;
}

export function exitCode(): number {
  return code;
}

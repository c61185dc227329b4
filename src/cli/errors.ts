/**
 * A failure the user can act on: printed as message and hint, never with a stack.
 * Exit code 2 is usage, configuration or environment; 1 is a refusal due to findings;
 * 130 is the user's interrupt (Ctrl-C), as a shell reports it.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint: string | undefined = undefined,
    readonly exitCode: 1 | 2 | 130 = 2,
    /** Extra lines shown under the message, e.g. located policy findings. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

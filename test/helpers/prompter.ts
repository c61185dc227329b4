import type { Choice, Prompter } from '../../src/scaffold/prompter.js';

/** One expected question and the answer typed to it. */
export interface Step {
  /** Text the question's message must contain. */
  expect: string;
  answer: string | boolean;
  /** The answer must be refused by the question's check (the next step retypes it). */
  rejected?: boolean;
}

/** Answers questions from a script, in order, and fails on any question it did not expect. */
export class ScriptedPrompter implements Prompter {
  readonly notes: string[] = [];
  readonly asked: string[] = [];
  readonly refusals: string[] = [];
  private readonly steps: Step[];

  constructor(steps: Step[]) {
    this.steps = [...steps];
  }

  get remaining(): number {
    return this.steps.length;
  }

  async input(q: { message: string; validate(text: string): true | string }): Promise<string> {
    for (;;) {
      const step = this.next(q.message);
      const verdict = q.validate(String(step.answer));
      if (verdict === true && step.rejected)
        throw new Error(`"${step.answer}" was accepted for ${q.message}`);
      if (verdict !== true && !step.rejected)
        throw new Error(`"${step.answer}" refused: ${verdict}`);
      if (verdict === true) return String(step.answer);
      this.refusals.push(verdict);
    }
  }

  async select(q: { message: string; choices: Choice[] }): Promise<string> {
    const step = this.next(q.message);
    if (!q.choices.some((c) => c.value === step.answer)) {
      throw new Error(`${String(step.answer)} is not a choice of ${q.message}`);
    }
    return String(step.answer);
  }

  async confirm(q: { message: string }): Promise<boolean> {
    return Boolean(this.next(q.message).answer);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  private next(message: string): Step {
    this.asked.push(message);
    const step = this.steps.shift();
    if (!step) throw new Error(`unexpected question: ${message}`);
    if (!message.includes(step.expect))
      throw new Error(`expected "${step.expect}", asked "${message}"`);
    return step;
  }
}

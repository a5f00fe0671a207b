/** A time limit on work whose caller must answer anyway (a crawler waits only a few seconds for a card). */

export class BudgetExceededError extends Error {
  constructor(
    readonly what: string,
    readonly budgetMs: number,
  ) {
    super(`${what} took longer than ${budgetMs} ms`);
    this.name = "BudgetExceededError";
  }
}

/**
 * Resolves with the work's result, or rejects with BudgetExceededError once `budgetMs` have passed.
 * The work itself is not cancelled (JavaScript cannot stop it); its result is simply not waited for.
 * This bounds waiting (asset reads, a queue of renders); CPU time is bounded by the card's inputs
 * instead (at most 200 title characters, a 420-character summary excerpt, 48 emoji), because a timer
 * cannot fire while synchronous layout work runs.
 *
 * @example
 * const png = await withinBudget(renderOgCard(card, context), 5000, "OG card render");
 */
export async function withinBudget<T>(work: Promise<T>, budgetMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BudgetExceededError(what, budgetMs)), budgetMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export function startInTurn(start: () => unknown): void;

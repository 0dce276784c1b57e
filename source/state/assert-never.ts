/** Marks a switch as exhaustive: a new action type that no case handles fails to compile here. */
export function assertNever(value: never): never {
	throw new Error(`Unhandled action: ${JSON.stringify(value)}`);
}

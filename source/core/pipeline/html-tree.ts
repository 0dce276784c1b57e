import {isTag, isText, type AnyNode, type ChildNode, type Element} from 'domhandler';
import {cjkClass} from '../text/cjk.js';

// Every walk here keeps its own stack: pages nest tags 100,000 deep, and recursion would overflow.

/** The text inside a node, in document order. */
export function textOf(root: AnyNode): string {
	let text = '';
	const stack: AnyNode[] = [root];
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (isText(node)) {
			text += node.data;
		} else if ('children' in node) {
			pushChildren(stack, node.children);
		}
	}

	return text;
}

/** The first element in document order that matches. */
export function findElement(nodes: readonly ChildNode[], matches: (element: Element) => boolean): Element | undefined {
	const stack: AnyNode[] = [];
	pushChildren(stack, nodes);
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (isTag(node)) {
			if (matches(node)) {
				return node;
			}

			pushChildren(stack, node.children);
		}
	}

	return undefined;
}

/**
 * Length of the text inside each element, leaving out what `skipped` says never
 * shows (scripts, styles): one pass over the tree, children before parents.
 */
export function textLengths(nodes: readonly ChildNode[], skipped: (element: Element) => boolean): Map<Element, number> {
	const lengths = new Map<Element, number>();
	const order: Element[] = [];
	const stack: AnyNode[] = [];
	pushChildren(stack, nodes);
	while (stack.length > 0) {
		const node = stack.pop()!;
		if (isTag(node) && !skipped(node)) {
			order.push(node);
			pushChildren(stack, node.children);
		}
	}

	// Parents come before their children in `order`, so walking it backwards sums children first.
	for (let index = order.length - 1; index >= 0; index--) {
		const element = order[index]!;
		let length = 0;
		for (const child of element.children) {
			length += isText(child) ? child.data.trim().length : isTag(child) ? (lengths.get(child) ?? 0) : 0;
		}

		lengths.set(element, length);
	}

	return lengths;
}

/** Pushes nodes so that popping them gives document order. */
export function pushChildren<T>(stack: T[], children: readonly T[]): void {
	for (let index = children.length - 1; index >= 0; index--) {
		stack.push(children[index]!);
	}
}

const markupSpace = /[ \t\n\r\f\v\u00A0]+/g;
const cjk = new RegExp(`[${cjkClass}]`, 'u');

/**
 * Collapses markup whitespace as a browser does, except that a line break between
 * two Chinese characters is no space at all (markup breaks lines anywhere). Spaces
 * the author typed stay: born-digital text means them (`数字 3 个`, `UTF-16 大端`).
 */
export function collapseMarkupSpace(text: string): string {
	return text
		.replace(markupSpace, (run: string, index: number) => {
			const joins = /[\n\r]/.test(run) && cjk.test(text.charAt(index - 1)) && cjk.test(text.charAt(index + run.length));
			return joins ? '' : ' ';
		})
		.trim();
}

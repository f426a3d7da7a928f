import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The limits of what one GraphQL request may ask (documented in README and checked by tests/security). */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 2_000,
  /** Fields counted with list sizes: a field with `first: n` multiplies the cost of what it selects by n. */
  maxCost: 10_000,
} as const;

/** `first` given as a variable is counted at its maximum. */
const FIRST_FROM_VARIABLE = 100;

function fragmentsOf(context: ValidationContext): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    context
      .getDocument()
      .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) {
    return 0;
  }
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const own = selection.name.value.startsWith('__') ? 0 : 1;
      deepest = Math.max(deepest, own + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !seen.has(name)) {
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
      }
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than `max` fields (fragments followed, cycles cut). */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`Query depth ${depth} exceeds the limit of ${max}.`, { nodes: [node] }));
        }
      },
    };
  };
}

/** Refuses documents with more than `max` aliases (alias amplification). */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) {
          aliases++;
          if (aliases === max + 1) {
            context.reportError(new GraphQLError(`More than ${max} aliases in one request.`, { nodes: [node] }));
          }
        }
      },
    };
  };
}

function listSize(field: FieldNode): number {
  const first = field.arguments?.find((arg) => arg.name.value === 'first');
  if (!first) {
    return 1;
  }
  if (first.value.kind === Kind.INT) {
    return Math.max(1, Number(first.value.value));
  }
  return FIRST_FROM_VARIABLE;
}

function costOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) {
    return 0;
  }
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += 1 + listSize(selection) * costOf(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += costOf(selection.selectionSet, fragments, seen);
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment && !seen.has(selection.name.value)) {
        total += costOf(fragment.selectionSet, fragments, new Set([...seen, selection.name.value]));
      }
    }
  }
  return total;
}

/** Refuses operations whose estimated cost (fields × list sizes) is above `max`. */
export function costLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context);
    return {
      OperationDefinition(node) {
        const cost = costOf(node.selectionSet, fragments, new Set());
        if (cost > max) {
          context.reportError(
            new GraphQLError(`Query cost ${cost} exceeds the limit of ${max}; ask for smaller pages.`, { nodes: [node] }),
          );
        }
      },
    };
  };
}

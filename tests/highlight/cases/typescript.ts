import type { Lexer } from '../engine.js';

export interface Options {
  port?: number;
  readonly host: string;
  tags: Record<string, string[]>;
}

type Mode = 'build' | 'serve';

export abstract class Base<T> implements Runner {
  private count = 0;
  protected constructor(public readonly name: string, private opts?: Partial<Options>) {}

  abstract run(mode: Mode): Promise<T>;

  static create(value: unknown): value is string {
    return typeof value === 'string' && value.length > 0;
  }
}

enum Color { Red = 1, Green, Blue }
declare module 'x' { export const y: number; }
namespace Util { export function id<T>(x: T): T { return x; } }
const port = options.port ?? 4000;
const first = list?.[0] as keyof typeof obj;
function f(a: number, b?: string): void {}

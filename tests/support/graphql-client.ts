/** A tiny GraphQL-over-HTTP client with its own cookie jar: one instance is one browser. */
export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: Array<{ field: string; message: string }> } }>;
  headers: Headers;
}

export class GraphqlClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader(), ...this.defaultHeaders, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    this.remember(response.headers);
    const body = (await response.json()) as { data?: T; errors?: GraphqlResponse<T>['errors'] };
    return { status: response.status, data: body.data ?? undefined, errors: body.errors, headers: response.headers };
  }

  /** Like request, but fails the test on any error and returns the data. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data as T;
  }

  /** A second client that shares this one's cookies as they are now (an old, copied cookie). */
  clone(): GraphqlClient {
    const copy = new GraphqlClient(this.baseUrl, this.defaultHeaders);
    copy.cookies = new Map(this.cookies);
    return copy;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }
}

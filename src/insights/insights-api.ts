import * as z from 'zod/mini';
import {
  insightsIndexSchema,
  insightsReportSchema,
  type InsightsIndex,
  type InsightsReport,
} from './report-schema.ts';

export type ApiResult<T> =
  | { readonly kind: 'ok'; readonly value: T }
  | { readonly kind: 'unauthorised' }
  | { readonly kind: 'failed'; readonly message: string };

export interface Range {
  readonly from: string;
  readonly to: string;
}

function query(error: string | undefined, range: Range | undefined): string {
  const params = new URLSearchParams();
  if (error) params.set('error', error);
  if (range?.from) params.set('from', range.from);
  if (range?.to) params.set('to', range.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function call(api: string, path: string, token: string): Promise<ApiResult<Response>> {
  let response: Response;
  try {
    response = await fetch(`${api}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'failed', message: 'The server could not be reached.' };
  }
  if (response.status === 401) return { kind: 'unauthorised' };
  if (!response.ok) {
    const problem = z
      .object({ error: z.string() })
      .safeParse(await response.json().catch(() => null));
    return {
      kind: 'failed',
      message: problem.success ? problem.data.error : `The server answered ${response.status}.`,
    };
  }
  return { kind: 'ok', value: response };
}

async function json<T>(
  api: string,
  path: string,
  token: string,
  schema: z.ZodMiniType<T>,
): Promise<ApiResult<T>> {
  const result = await call(api, path, token);
  if (result.kind !== 'ok') return result;
  const parsed = schema.safeParse(await result.value.json().catch(() => null));
  return parsed.success
    ? { kind: 'ok', value: parsed.data }
    : { kind: 'failed', message: 'The figures were not in the expected form.' };
}

export const fetchIndex = (
  api: string,
  token: string,
  range?: Range,
): Promise<ApiResult<InsightsIndex>> =>
  json(api, `insights.json${query(undefined, range)}`, token, insightsIndexSchema);

export const fetchReport = (
  api: string,
  token: string,
  error: string,
  range: Range,
): Promise<ApiResult<InsightsReport>> =>
  json(api, `insights.json${query(error, range)}`, token, insightsReportSchema);

/** The CSV as a file to save, with the name the server gave it. */
export async function fetchCsv(
  api: string,
  token: string,
  error: string,
  range: Range,
): Promise<ApiResult<{ blob: Blob; name: string }>> {
  const result = await call(api, `insights.csv${query(error, range)}`, token);
  if (result.kind !== 'ok') return result;
  const disposition = result.value.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `fixpath-insights-${error}.csv`;
  return { kind: 'ok', value: { blob: await result.value.blob(), name } };
}

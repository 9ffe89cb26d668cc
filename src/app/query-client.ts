// The app's React Query client. Tests make their own with retries off.
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx (unknown or malformed debate) will not change by asking again; a network blip may.
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
}

import type {
  Campaign,
  CampaignList,
  ChannelComparison,
  CreateCampaignInput,
  UpdateCampaignInput,
} from '@atensi/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryValue } from '../../lib/api';
import { useLanguage } from '../../lib/i18n/use-language';

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (query: Record<string, QueryValue>) => [...campaignKeys.all, 'list', query] as const,
  channels: (query: Record<string, QueryValue>) => [...campaignKeys.all, 'channels', query] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
};

export function useCampaigns(query: Record<string, QueryValue>) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: campaignKeys.list(query),
    queryFn: ({ signal }) => api.get<CampaignList>('/campaigns', { language, signal, query }),
    placeholderData: keepPreviousData,
  });
}

export function useChannelComparison(query: Record<string, QueryValue>) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: campaignKeys.channels(query),
    queryFn: ({ signal }) => api.get<ChannelComparison>('/campaigns/channels', { language, signal, query }),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: string) {
  const [language] = useLanguage();
  return useQuery({
    queryKey: campaignKeys.detail(id),
    queryFn: ({ signal }) => api.getTagged<Campaign>(`/campaigns/${encodeURIComponent(id)}`, { language, signal }),
    staleTime: 0,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: campaignKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
    ]);
}

export function useCreateCampaign() {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateCampaignInput) => api.post<Campaign>('/campaigns', input, { language }),
    onSuccess: invalidate,
  });
}

export function useUpdateCampaign() {
  const [language] = useLanguage();
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, etag, input }: { id: string; etag: string; input: UpdateCampaignInput }) =>
      api.patch<Campaign>(`/campaigns/${encodeURIComponent(id)}`, input, { language, headers: { 'If-Match': etag } }),
    onSuccess: invalidate,
  });
}

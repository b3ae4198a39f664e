import { Skeleton, Stack } from "@mantine/core";

/** What a page shows while its code arrives: the shape of a heading and a few lines, announced as "Loading…". */
export function PageLoading() {
  return (
    <Stack gap="md" aria-busy="true" maw={720}>
      <Skeleton height={28} width="40%" />
      <Skeleton height={14} />
      <Skeleton height={14} />
      <Skeleton height={14} width="70%" />
      <span className="sr-only">Loading…</span>
    </Stack>
  );
}

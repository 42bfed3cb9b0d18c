// Loads one JSON API answer when a page mounts: the data, or the server's sentence when it failed.
"use client";

import { useEffect, useState } from "react";
import { apiRequest, messageOf } from "./api-request";

export function useApiData<T>(load: string | (() => Promise<T>)): { data: T | null; error: string | null } {
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  // Loaded once per mount; a loader function is read from the first render only.
  const [loader] = useState(() => (typeof load === "string" ? () => apiRequest<T>(load) : load));
  useEffect(() => {
    let current = true;
    loader()
      .then((data) => current && setState({ data, error: null }))
      .catch((failure: unknown) => current && setState({ data: null, error: messageOf(failure) }));
    return () => {
      current = false;
    };
  }, [loader]);
  return state;
}

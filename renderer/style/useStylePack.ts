import { useEffect, useState } from 'react';
import { defaultStylePack, type StylePackResult } from '../../shared/style/pack';
import { call, errorMessage } from '../api';

/** The workspace's house style, read from main when the component mounts; null while it loads. */
export function useStylePack(): StylePackResult | null {
  const [result, setResult] = useState<StylePackResult | null>(null);
  useEffect(() => {
    let isCurrent = true;
    call('getStylePack', undefined).then(
      (loaded) => isCurrent && setResult(loaded),
      (error: unknown) => isCurrent && setResult({ pack: defaultStylePack, problem: `the house style could not be loaded (${errorMessage(error)}); the defaults are used` }),
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return result;
}

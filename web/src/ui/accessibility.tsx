import { Group, Switch } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { useEffect } from 'react';

// The Kit Digital's accessibility controls, rebuilt: larger text and high contrast, remembered on
// this computer.
export interface AccessibilityPreferences {
  largeText: boolean;
  highContrast: boolean;
}

export function useAccessibilityPreferences() {
  const [largeText, setLargeText] = useLocalStorage({ key: 'enfoque.texto-grande', defaultValue: false });
  const [highContrast, setHighContrast] = useLocalStorage({ key: 'enfoque.alto-contraste', defaultValue: false });
  useEffect(() => {
    document.documentElement.style.fontSize = largeText ? '125%' : '';
    document.documentElement.dataset.contraste = highContrast ? 'alto' : 'normal';
  }, [largeText, highContrast]);
  return { largeText, setLargeText, highContrast, setHighContrast };
}

export function AccessibilityControls({ prefs }: { prefs: ReturnType<typeof useAccessibilityPreferences> }) {
  return (
    <Group gap="md" role="group" aria-label="Accesibilidad">
      <Switch
        size="sm"
        label="Texto más grande"
        checked={prefs.largeText}
        onChange={(event) => prefs.setLargeText(event.currentTarget.checked)}
      />
      <Switch
        size="sm"
        label="Alto contraste"
        checked={prefs.highContrast}
        onChange={(event) => prefs.setHighContrast(event.currentTarget.checked)}
      />
    </Group>
  );
}

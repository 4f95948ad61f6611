import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// No next/font: it would fetch Google Fonts at build time.
export const metadata: Metadata = { title: 'iom-elements in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

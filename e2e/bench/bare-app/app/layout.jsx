export const metadata = { title: 'Bare Next.js page', description: 'The benchmark baseline: the framework alone.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

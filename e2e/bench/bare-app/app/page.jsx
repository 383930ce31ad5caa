// Twenty paragraphs of plain text, about the length of one of the site's short content pages.
export default function Page() {
  return (
    <main>
      <h1>Bare Next.js page</h1>
      <p>
        Paragraph 1. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 2. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 3. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 4. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 5. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 6. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 7. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 8. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 9. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 10. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 11. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 12. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 13. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 14. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 15. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 16. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 17. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 18. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 19. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
      <p>
        Paragraph 20. An online service offered to users in mainland China may need a filing or a licence before it goes live, depending on
        who operates it, where it is hosted and whether it charges for content; this sentence is only filler of a typical paragraph length,
        so that the page weighs what a short article does.
      </p>
    </main>
  );
}

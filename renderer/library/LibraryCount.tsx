import type { LibraryListing, LibraryQuery } from '../../shared/ipc';

const number = new Intl.NumberFormat();

/**
 * How many articles the list shows, out of how many, said as the results change; while a start
 * without a library index reads the folder, how far it has got; while a warm start checks the
 * folder, that it is checking; after a start without an index lists every file, that the files
 * are still being checked in full; and while the search index is being rebuilt,
 * that body text is not searched yet.
 */
export function LibraryCount({ listing, query }: { listing: Omit<LibraryListing, 'articles' | 'offset'> | null; query: LibraryQuery }) {
  if (!listing) return <p className="library-count" role="status" />;
  const isFiltered = query.search.trim() !== '' || query.status !== 'all';
  const noun = (count: number) => (count === 1 ? 'article' : 'articles');
  let text: string;
  const { folderScan } = listing;
  if (folderScan) text = `Reading the folder (no library index yet): ${number.format(folderScan.done)} of ${number.format(folderScan.total)} files read, ${number.format(listing.total)} ${noun(listing.total)} listed so far`;
  else if (listing.total === 0) text = 'No articles yet. Choose “New article” to start your first story, or import a .txt, .md or .docx file (drop it here).';
  else if (!isFiltered) text = `${number.format(listing.total)} ${noun(listing.total)}`;
  else if (listing.matched === 0) text = `No article matches, of ${number.format(listing.total)}`;
  else text = `${number.format(listing.matched)} of ${number.format(listing.total)} ${noun(listing.total)}`;
  const { index } = listing;
  return (
    <div className="library-count" role="status">
      <p className={listing.total === 0 && !folderScan ? 'empty-state' : undefined}>{text}</p>
      {listing.isCheckingFolder && !folderScan ? <p className="library-indexing">Checking the folder for changes made while Copydesk was closed…</p> : null}
      {listing.isCheckingFiles ? <p className="library-indexing">Checking every article in full; any that fails moves to “Cannot be read” with the reason…</p> : null}
      {index.state === 'building' && query.search.trim() ? (
        <p className="library-indexing">
          Indexing article text ({number.format(index.done)} of {number.format(index.total)}): until it is done, only headlines, deks, kickers, bylines and tags are searched.
        </p>
      ) : null}
    </div>
  );
}

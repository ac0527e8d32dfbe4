/** The home page's overview and the quick views (issue 15): what the front of the site shows. */
export { CLOSING_SOON_SHOWN, frontPageOverview, overviewOf, type FacetCount, type FrontPageOverview } from './overview.ts';
export { quickView, quickViewListing, quickViewRange, quickViews, type DayRange, type QuickView, type QuickViewDay, type QuickViewListing } from './quick-views.ts';

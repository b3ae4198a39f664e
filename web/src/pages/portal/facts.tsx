import { Fragment, type ReactNode } from "react";
import classes from "./portal.module.css";

/** Terms and their values as a description list; entries without a value are left out. */
export function Facts({ entries }: { entries: Array<[string, ReactNode]> }) {
  const shown = entries.filter(([, value]) => value !== null && value !== undefined && value !== "");
  if (!shown.length) return null;
  return (
    <dl className={classes.facts}>
      {shown.map(([term, value], index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: two deadlines may share a label
        <Fragment key={`${term}-${index}`}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

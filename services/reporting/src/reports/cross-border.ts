/** Whether the crime took place in another country than the one where the victim seeks support. */
export function isCrimeAbroad(country: string, crimeCountry: string | undefined): boolean {
  return crimeCountry !== undefined && crimeCountry !== country;
}

/**
 * A formal complaint about a crime committed abroad is passed on to the country where it took
 * place (VRD Art 17); it goes to crimeCountry.
 */
export function crossBorderDestination(report: { formalComplaint: boolean; country: string; crimeCountry?: string }): string | undefined {
  return report.formalComplaint && isCrimeAbroad(report.country, report.crimeCountry) ? report.crimeCountry : undefined;
}

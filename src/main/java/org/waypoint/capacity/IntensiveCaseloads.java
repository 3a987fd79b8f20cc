package org.waypoint.capacity;

import java.util.Map;

/**
 * The participants in intensive service models each case manager holds: intensive case
 * management is staffed at 12 to 15 per case manager (sources 000 and 003), well below
 * the program's cap of 25.
 */
public interface IntensiveCaseloads {

	/** By case manager login; a case manager holding none is left out. */
	Map<String, Long> byCaseManager();

}

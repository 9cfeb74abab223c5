package org.kiosque.desk;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.springframework.stereotype.Component;

/**
 * The names the desk prints beside articles and revisions, from the account ids it keeps:
 * the staff at once (they are few), anyone else (a former contributor now a reader) one
 * by one.
 */
@Component
class DeskPeople {

	private final People people;

	DeskPeople(People people) {
		this.people = people;
	}

	/** The staff, by address: the list's author filter. */
	List<Person> staff() {
		return people.staff().stream().filter(p -> p.role() != Role.READER).toList();
	}

	/**
	 * Display names of {@code ids}; an id whose account was closed is left out (the page
	 * prints a dash).
	 */
	Map<Long, String> names(Collection<@Nullable Long> ids) {
		Map<Long, String> names = new HashMap<>();
		for (Person person : people.staff()) {
			names.put(person.id(), person.displayName());
		}
		for (Long id : ids) {
			if (id != null && !names.containsKey(id)) {
				people.find(id).ifPresent(p -> names.put(p.id(), p.displayName()));
			}
		}
		return names;
	}

}

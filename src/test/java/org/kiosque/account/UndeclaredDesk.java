package org.kiosque.account;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A staff page and an admin API route that no access rule declares, as a careless new
 * feature would add them: deny by default must keep everyone out, admins included.
 */
@RestController
class UndeclaredDesk {

	static final String PAGE = "/newsroom/test-only/undeclared";

	static final String API = "/api/admin/test-only/undeclared";

	@GetMapping({ PAGE, API })
	String open() {
		return "open";
	}

	@PostMapping({ PAGE, API })
	String act() {
		return "done";
	}

}

package nl.gezin1plan.monitor.audit;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditGebeurtenisRepository extends JpaRepository<AuditGebeurtenis, Long> {
}
